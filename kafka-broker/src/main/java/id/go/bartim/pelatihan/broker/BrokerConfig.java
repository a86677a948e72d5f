package id.go.bartim.pelatihan.broker;

import java.nio.file.Path;
import java.util.Properties;

/** The server.properties of a single-node, single-replica KRaft broker for local runs and tests. */
final class BrokerConfig {

    private BrokerConfig() {
    }

    static Properties of(int port, int controllerPort, Path logDir) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        // A static voter list (not controller.quorum.bootstrap.servers) keeps the controller endpoint
        // out of the metadata log, so a restart may use a different controller port on the same data.
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        // One node: every internal topic must be satisfiable with a single replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        // Consumers in tests should get their partitions at once, not after the default 3 s.
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // After a kill the controller keeps the dead broker's session until it times out (default 9 s, here 3 s),
        // and the restarted broker cannot register before that; tests that kill and restart wait on it.
        p.setProperty("broker.session.timeout.ms", "3000");
        p.setProperty("broker.heartbeat.interval.ms", "500");
        p.setProperty("num.partitions", "3");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("log.cleaner.enable", "true");
        return p;
    }
}
