#!/usr/bin/env bash
# One training's whole life through both REST APIs, as an integrator would call them (SPEC 3-5, 11):
#   disnaker: a program  ->  rutan: it is replicated; an inmate, a class, a session, an enrollment
#   -> disnaker decides (ACCEPTED)  ->  rutan: attendance, completion (COMPETENT)
#   -> disnaker issues a certificate  ->  its PDF  ->  anyone verifies it without a token  ->  the quota counts it.
#
# Needs bash, curl and jq. Against ./run-local.sh as it is:   docs/examples/lifecycle.sh
# Elsewhere set RUTAN_URL, DISNAKER_URL and the tokens (bearer JWTs with roles rutan-officer, disnaker-officer):
#   RUTAN_URL=https://rutan.example DISNAKER_URL=https://disnaker.example \
#   RUTAN_TOKEN=... DISNAKER_TOKEN=... docs/examples/lifecycle.sh
# Every step checks its HTTP status and stops the script (exit 1) on any other; the last line is "lifecycle: ok".
set -euo pipefail

RUTAN_URL=${RUTAN_URL:-http://localhost:8081}
DISNAKER_URL=${DISNAKER_URL:-http://localhost:8082}
here=$(cd "$(dirname "$0")" && pwd)
RUTAN_TOKEN=${RUTAN_TOKEN:-$("$here/../../token.sh" rutan-officer)}
DISNAKER_TOKEN=${DISNAKER_TOKEN:-$("$here/../../token.sh" disnaker-officer)}
WAIT_SECONDS=${WAIT_SECONDS:-60}
OUT=${OUT:-$(mktemp -d)}

today=$(TZ=Asia/Jakarta date +%F)
days() { TZ=Asia/Jakarta date -d "$today $1 days" +%F; }
uuid() { cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen | tr 'A-Z' 'a-z'; }
fail() { echo "FAILED: $*" >&2; exit 1; }

# call <expected status(es), e.g. 200 or 201|409> <METHOD> <url> <token or -> [json body]: prints the response body
# (the status goes to $OUT/status); fails on any other status.
# POSTs carry an Idempotency-Key, so a retried request is answered once (SPEC 2).
call() {
  local expected=$1 method=$2 url=$3 token=$4 body=${5:-}
  local args=(-sS -o "$OUT/body" -w '%{http_code}' -X "$method" "$url" -H 'Accept: application/json')
  [ "$token" != - ] && args+=(-H "Authorization: Bearer $token")
  [ "$method" = POST ] && args+=(-H "Idempotency-Key: $(uuid)")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data "$body")
  local status
  status=$(curl "${args[@]}")
  echo "$status" >"$OUT/status"
  if ! [[ "$status" =~ ^($expected)$ ]]; then
    cat "$OUT/body" >&2
    echo >&2
    fail "$method $url answered $status, expected $expected"
  fi
  echo "  $method ${url#*//*/} -> $status" >&2
  cat "$OUT/body"
}

# await <description> <url> <token> <jq filter that is true when done>: polls until it is, or fails.
await() {
  local description=$1 url=$2 token=$3 filter=$4 deadline=$((SECONDS + WAIT_SECONDS)) body
  while :; do
    body=$(curl -sS "$url" -H "Authorization: Bearer $token" -H 'Accept: application/json' || true)
    if jq -e "$filter" >/dev/null 2>&1 <<<"$body"; then
      echo "  waited for $description" >&2
      echo "$body"
      return 0
    fi
    if [ $SECONDS -ge $deadline ]; then
      fail "$description did not happen within ${WAIT_SECONDS}s; last answer: $body"
    fi
    sleep 1
  done
}

echo "1. disnaker: a training program (rutan receives it through disnaker.programs.v1)" >&2
for attempt in 1 2 3 4 5; do  # a code not taken yet (409: an earlier run made it)
  code="EX-$((1000 + RANDOM % 9000))"
  call '201|409' POST "$DISNAKER_URL/api/v1/programs" "$DISNAKER_TOKEN" "$(jq -n --arg code "$code" '{code: $code,
    name: "Pengelasan Dasar", sector: "Industri", trainingHours: 40, minAttendancePercent: 75,
    description: "Contoh siklus lengkap"}')" >/dev/null
  [ "$(cat "$OUT/status")" = 201 ] && break
  [ $attempt = 5 ] && fail "five program codes in a row were taken"
done
await "program $code on rutan" "$RUTAN_URL/api/v1/programs/$code" "$RUTAN_TOKEN" '.code != null' >/dev/null

echo "2. rutan: an inmate (WBP), a class of that program and a session" >&2
inmate=$(call 201 POST "$RUTAN_URL/api/v1/inmates" "$RUTAN_TOKEN" "$(jq -n --arg reg "EX.$(uuid | cut -c1-12)" \
  --arg admitted "$(days -180)" '{registrationNumber: $reg, fullName: "Budi Santoso", nik: null,
  birthDate: "1988-07-01", sex: "MALE", custodyStatus: "CONVICT", admissionDate: $admitted}')" | jq -r .id)
class=$(call 201 POST "$RUTAN_URL/api/v1/classes" "$RUTAN_TOKEN" "$(jq -n --arg code "$code" \
  --arg from "$(days -5)" --arg to "$(days +30)" '{programCode: $code, name: "Kelas Las A",
  startDate: $from, endDate: $to, capacity: 10}')" | jq -r .id)
session=$(call 201 POST "$RUTAN_URL/api/v1/classes/$class/sessions" "$RUTAN_TOKEN" "$(jq -n --arg date "$today" \
  '{date: $date, startTime: "08:00", hours: 4}')" | jq -r .id)

echo "3. rutan: the enrollment (202: disnaker decides asynchronously through rutan.enrollments.v1)" >&2
enrollment=$(call 202 POST "$RUTAN_URL/api/v1/classes/$class/enrollments" "$RUTAN_TOKEN" \
  "$(jq -n --arg inmate "$inmate" '{inmateId: $inmate}')" | jq -r .id)
await "the decision on rutan" "$RUTAN_URL/api/v1/enrollments/$enrollment" "$RUTAN_TOKEN" \
  '.status == "ACCEPTED"' >/dev/null
call 200 GET "$DISNAKER_URL/api/v1/enrollments/$enrollment" "$DISNAKER_TOKEN" | jq -e '.status == "ACCEPTED"' >/dev/null \
  || fail "disnaker does not show the enrollment ACCEPTED"

echo "4. rutan: attendance and completion (COMPETENT)" >&2
call 200 PUT "$RUTAN_URL/api/v1/classes/$class/sessions/$session/attendance" "$RUTAN_TOKEN" \
  "$(jq -n --arg e "$enrollment" '[{enrollmentId: $e, status: "PRESENT"}]')" >/dev/null
call 200 POST "$RUTAN_URL/api/v1/enrollments/$enrollment/completion" "$RUTAN_TOKEN" "$(jq -n --arg on "$today" \
  '{outcome: "COMPETENT", assessedOn: $on, assessorName: "Asesor Contoh"}')" >/dev/null

echo "5. disnaker: the certificate (rutan hears of it through disnaker.enrollment-decisions.v1) and its PDF" >&2
number=$(await "the certificate number on rutan" "$RUTAN_URL/api/v1/enrollments/$enrollment" "$RUTAN_TOKEN" \
  '.certificateNumber != null' | jq -r .certificateNumber)
verification=$(call 200 GET "$DISNAKER_URL/api/v1/certificates/$(jq -rn --arg n "$number" '$n | @uri')" \
  "$DISNAKER_TOKEN" | jq -r .verificationCode)
curl -sS -f -o "$OUT/certificate.pdf" -H "Authorization: Bearer $DISNAKER_TOKEN" -H 'Accept: application/pdf' \
  "$DISNAKER_URL/api/v1/certificates/$(jq -rn --arg n "$number" '$n | @uri')"
head -c 5 "$OUT/certificate.pdf" | grep -q '%PDF-' || fail "the certificate is not a PDF"
echo "  certificate $number saved as $OUT/certificate.pdf" >&2

echo "6. anyone: public verification, no token" >&2
call 200 GET "$DISNAKER_URL/api/v1/public/certificates/verification?number=$(jq -rn --arg n "$number" '$n | @uri')&code=$verification&name=Budi%20Santoso" - \
  | jq -e '.valid == true and .nameMatches == true' >/dev/null || fail "the certificate does not verify"

echo "7. disnaker: the yearly quota counts the training" >&2
call 200 GET "$DISNAKER_URL/api/v1/quota/$(TZ=Asia/Jakarta date -d "$(days -5)" +%Y)" "$DISNAKER_TOKEN" >/dev/null

echo "lifecycle: ok (program $code, enrollment $enrollment, certificate $number)"
