#!/usr/bin/env bash
# Gives the compose broker (start-broker.sh) its service users and ACLs: a SCRAM-SHA-512 user per
# service, with the password from the environment, and every line of acls.txt (beside this file).
# Adding a user or ACL that exists changes nothing (a user's password is replaced), so it runs on
# every "docker compose up" and exits; the services start after it has succeeded.
#
# Environment: BROKER_ADMIN_PASSWORD, RUTAN_KAFKA_PASSWORD, DISNAKER_KAFKA_PASSWORD (letters,
# digits, '_' and '-' only), BOOTSTRAP_SERVER (default kafka:9092).
set -euo pipefail

bin="${KAFKA_HOME:-/opt/kafka}/bin"
server="${BOOTSTRAP_SERVER:-kafka:9092}"
acls="$(dirname "${BASH_SOURCE[0]}")/acls.txt"
config="$(mktemp)"
trap 'rm -f "$config"' EXIT
cat > "$config" <<EOF
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${BROKER_ADMIN_PASSWORD:?}";
EOF

declare -A passwords=(
  [rutan-service]="${RUTAN_KAFKA_PASSWORD:?RUTAN_KAFKA_PASSWORD is required}"
  [disnaker-service]="${DISNAKER_KAFKA_PASSWORD:?DISNAKER_KAFKA_PASSWORD is required}"
)
for user in "${!passwords[@]}"; do
  if [[ ! "${passwords[$user]}" =~ ^[A-Za-z0-9_-]{8,}$ ]]; then
    echo "kafka-init: the password of $user must be 8 or more letters, digits, '_' or '-'" >&2
    exit 2
  fi
  "$bin/kafka-configs.sh" --bootstrap-server "$server" --command-config "$config" --alter \
    --entity-type users --entity-name "$user" --add-config "SCRAM-SHA-512=[password=${passwords[$user]}]"
done

# <user> <topic|group> <name> <Operation,Operation> [<provisioning Operation,Operation>], as KafkaAcls
# (local-infra) reads it; compose runs the services with provisioning on, so both columns are granted
count=0
while read -r user type name operations provisioning; do
  args=(--bootstrap-server "$server" --command-config "$config" --add --allow-principal "User:$user"
        "--$type" "$name" --resource-pattern-type literal)
  all="$operations${provisioning:+,$provisioning}"
  for operation in ${all//,/ }; do
    args+=(--operation "$operation")
  done
  "$bin/kafka-acls.sh" "${args[@]}" > /dev/null
  count=$((count + 1))
done < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$acls")
echo "kafka-init: users ${!passwords[*]} and $count ACL lines of acls.txt applied"
