package id.go.bartim.pelatihan.broker;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The server.properties of a single-node, single-replica KRaft broker for local runs and tests: PLAINTEXT by
 * default, or ({@link #secured}) SASL/SCRAM-SHA-512 on the client listener with ACLs enforced.
 */
final class BrokerConfig {

    static final String SCRAM = "SCRAM-SHA-512";

    private BrokerConfig() {
    }

    /**
     * As {@link #of}, but clients must authenticate with SCRAM-SHA-512 and need an ACL for everything they do.
     * The broker talks to itself over the client listener as {@code adminUser} (whose credential is added when the
     * storage is formatted). The controller listener stays PLAINTEXT on 127.0.0.1, so the broker reaches its own
     * controller as {@code User:ANONYMOUS}: a super user like the admin, or it could not register.
     */
    static Properties secured(int port, int controllerPort, Path logDir, String adminUser, String adminPassword) {
        Properties p = of(port, controllerPort, logDir);
        p.setProperty("listeners", "SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "SASL_PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("inter.broker.listener.name", "SASL_PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("sasl.enabled.mechanisms", SCRAM);
        p.setProperty("sasl.mechanism.inter.broker.protocol", SCRAM);
        p.setProperty("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config", jaas(adminUser, adminPassword));
        p.setProperty("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.setProperty("super.users", "User:" + adminUser + ";User:ANONYMOUS");
        p.setProperty("allow.everyone.if.no.acl.found", "false");
        // Topics exist because someone allowed to create them did so, never as a side effect of a read.
        p.setProperty("auto.create.topics.enable", "false");
        return p;
    }

    static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
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
