#!/usr/bin/env bash
# The compose broker (docker-compose.yml, service "kafka"): one KRaft node, broker and controller,
# whose client listener requires SASL/SCRAM-SHA-512 and whose StandardAuthorizer enforces ACLs.
# The admin's SCRAM credential is added when the storage is first formatted; the services' users
# and their ACLs are added after the start by init.sh. The controller listener stays PLAINTEXT
# inside the container's network, so the broker reaches its controller as User:ANONYMOUS, a super
# user like the admin. Runs in the apache/kafka image.
#
# Environment: CLUSTER_ID (22-character base64url UUID, fixed for the life of the data volume),
# BROKER_ADMIN_PASSWORD (letters, digits, '_' and '-' only).
set -euo pipefail

: "${CLUSTER_ID:?CLUSTER_ID is required}"
: "${BROKER_ADMIN_PASSWORD:?BROKER_ADMIN_PASSWORD is required}"
if [[ ! "$BROKER_ADMIN_PASSWORD" =~ ^[A-Za-z0-9_-]{8,}$ ]]; then
  echo "start-broker: BROKER_ADMIN_PASSWORD must be 8 or more letters, digits, '_' or '-'" >&2
  exit 2
fi
data=/var/lib/kafka/data
config=/tmp/server.properties
jaas="org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"${BROKER_ADMIN_PASSWORD}\";"

cat > "$config" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:9093
listeners=SASL_PLAINTEXT://:9092,CONTROLLER://localhost:9093
advertised.listeners=SASL_PLAINTEXT://kafka:9092
listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=${jaas}
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin;User:ANONYMOUS
allow.everyone.if.no.acl.found=false
auto.create.topics.enable=false
log.dirs=${data}
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF

# For the health check (and an operator's kafka-*.sh --command-config) inside this container only.
cat > /tmp/admin.properties <<EOF
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=${jaas}
EOF

/opt/kafka/bin/kafka-storage.sh format --ignore-formatted -t "$CLUSTER_ID" -c "$config" \
  --add-scram "SCRAM-SHA-512=[name=admin,password=${BROKER_ADMIN_PASSWORD}]"
exec /opt/kafka/bin/kafka-server-start.sh "$config"
