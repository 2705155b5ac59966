#!/usr/bin/env bash
# Generates the TLS and service-account fixtures used by the local test servers.
#
# Run once; the outputs in test/fixtures/tls/ are committed so tests never need openssl.
# Rerunning replaces every file (new keys), which is harmless: nothing pins fingerprints.
#
#   ca.pem, ca-key.pem                   test CA (100 years)
#   server.pem, server-key.pem           signed by the CA, SAN DNS:localhost, IP:127.0.0.1, IP:::1
#   wrong-host.pem, wrong-host-key.pem   signed by the CA, SAN DNS:wrong.example only
#   proxied.pem, proxied-key.pem         signed by the CA, SAN DNS:*.proxied.test, IP:0.0.0.0: names
#                                        only the test proxy resolves (test/servers/proxy.mjs)
#   self-signed.pem, self-signed-key.pem not signed by the CA (SAN localhost, 127.0.0.1, ::1)
#   sa-key.pem (PKCS#8), sa-pub.pem      RSA key pair for service-account JWT tests
#   other-sa-key.pem                     an unrelated PKCS#8 key, for "signed with the wrong key" tests
#
# The action under test trusts ca.pem through NODE_EXTRA_CA_CERTS only.
set -euo pipefail

cd "$(dirname "$0")/.."
out=test/fixtures/tls
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

days=36500 # 100 years

# Writes an openssl extension file for a leaf certificate with the given subjectAltName.
leaf_ext() {
  cat >"$tmp/$1.ext" <<EOF
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer
subjectAltName = $2
EOF
}

# Test CA
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days "$days" \
  -keyout "$out/ca-key.pem" -out "$out/ca.pem" \
  -subj "/O=Gmail Notify Tests/CN=Gmail Notify Test CA" \
  -addext "basicConstraints = critical, CA:TRUE" \
  -addext "keyUsage = critical, keyCertSign, cRLSign" \
  -addext "subjectKeyIdentifier = hash" 2>/dev/null

# Leaf certificates signed by the CA
sign_leaf() {
  local name=$1 cn=$2 san=$3
  openssl req -newkey rsa:2048 -nodes -sha256 \
    -keyout "$out/$name-key.pem" -out "$tmp/$name.csr" \
    -subj "/O=Gmail Notify Tests/CN=$cn" 2>/dev/null
  leaf_ext "$name" "$san"
  openssl x509 -req -sha256 -days "$days" -in "$tmp/$name.csr" \
    -CA "$out/ca.pem" -CAkey "$out/ca-key.pem" -CAcreateserial -CAserial "$tmp/ca.srl" \
    -extfile "$tmp/$name.ext" -out "$out/$name.pem" 2>/dev/null
}
sign_leaf server localhost "DNS:localhost, IP:127.0.0.1, IP:::1"
sign_leaf wrong-host wrong.example "DNS:wrong.example"
sign_leaf proxied proxied.test "DNS:proxied.test, DNS:*.proxied.test, IP:0.0.0.0"

# Self-signed, same names as the server certificate but no chain to the test CA
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days "$days" \
  -keyout "$out/self-signed-key.pem" -out "$out/self-signed.pem" \
  -subj "/O=Gmail Notify Tests/CN=localhost" \
  -addext "basicConstraints = critical, CA:FALSE" \
  -addext "subjectAltName = DNS:localhost, IP:127.0.0.1, IP:::1" 2>/dev/null

# Service-account key pair (Google hands out PKCS#8 "-----BEGIN PRIVATE KEY-----" keys)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$out/sa-key.pem" 2>/dev/null
openssl pkey -in "$out/sa-key.pem" -pubout -out "$out/sa-pub.pem"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$out/other-sa-key.pem" 2>/dev/null

# Sanity checks: the chain verifies for the right names, and not for the wrong ones
openssl verify -CAfile "$out/ca.pem" "$out/server.pem" "$out/wrong-host.pem" >/dev/null
openssl x509 -in "$out/server.pem" -noout -checkhost localhost | grep -q 'does match'
openssl x509 -in "$out/server.pem" -noout -checkip 127.0.0.1 | grep -q 'does match'
openssl x509 -in "$out/wrong-host.pem" -noout -checkip 127.0.0.1 | grep -q 'does NOT match'
if openssl verify -CAfile "$out/ca.pem" "$out/self-signed.pem" >/dev/null 2>&1; then
  echo "self-signed.pem unexpectedly verifies against the test CA" >&2
  exit 1
fi

chmod 644 "$out"/*.pem
echo "wrote $(ls "$out" | wc -l) files to $out"
