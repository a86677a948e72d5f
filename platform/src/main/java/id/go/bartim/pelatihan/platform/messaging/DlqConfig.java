package id.go.bartim.pelatihan.platform.messaging;

import io.smallrye.config.ConfigMapping;

import java.util.List;

/** What {@link DlqReplayer} may replay. */
@ConfigMapping(prefix = "app.dlq")
public interface DlqConfig {

    /** The topics this service consumes; only their DLQs can be replayed here. */
    List<String> replayableTopics();
}
