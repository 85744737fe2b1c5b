#!/usr/bin/python3
# A loopback RFC 3161 timestamping authority for the tests: answers HTTP POSTs of application/timestamp-query by
# running the stock `openssl ts -reply` with the test TSA's key and certificate (made by tests/support/test_tsa.cpp
# in FOLDER). Standard library only. Prints the port it listens on (127.0.0.1, chosen by the system), then serves
# until it is terminated. The path of the request says how to answer, for the refusal tests:
#   /tsa                a token from the test TSA (its certificate chains to the test TSA CA)
#   /reject             `openssl ts -reply` refusing the request (rejection, badAlg: SHA-256 not accepted)
#   /wrong-certificate  a token from another TSA, whose CA the tests do not trust
#   /replay             the reply /tsa gave last (another nonce and imprint)
#   /garbage            bytes that are not a reply, with the reply's content type
#   /huge               a reply of 1 MiB
#   /http-error         HTTP 500
#   /slow               nothing for 60 seconds
# Usage: tsa_responder.py FOLDER OPENSSL
import http.server
import os
import subprocess
import sys
import tempfile
import threading
import time

FOLDER = sys.argv[1]
OPENSSL = sys.argv[2]
LOCK = threading.Lock()  # `openssl ts -reply` increments one serial file
LAST_REPLY = {"tsa": b""}

CONFIG = """
[ tsa ]
default_tsa = tsa_ok

[ tsa_ok ]
serial = {folder}/serial
crypto_device = builtin
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = no
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256

[ tsa_reject ]
serial = {folder}/serial
crypto_device = builtin
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha512
ess_cert_id_alg = sha256
"""


def openssl_reply(query, section, signer):
    with tempfile.TemporaryDirectory(dir=FOLDER) as work:
        query_file = os.path.join(work, "query.tsq")
        reply_file = os.path.join(work, "reply.tsr")
        with open(query_file, "wb") as out:
            out.write(query)
        with LOCK:
            subprocess.run([OPENSSL, "ts", "-reply", "-config", os.path.join(FOLDER, "tsa.cnf"), "-section", section,
                            "-queryfile", query_file, "-signer", os.path.join(FOLDER, signer + ".pem"),
                            "-inkey", os.path.join(FOLDER, signer + ".key"),
                            "-passin", "file:" + os.path.join(FOLDER, "password"), "-out", reply_file],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(reply_file, "rb") as reply:
            return reply.read()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, format, *args):  # quiet: the tests' output is about the tests
        pass

    def answer(self, status, body, content_type="application/timestamp-reply"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        query = self.rfile.read(length)
        path = self.path
        if path == "/tsa":
            reply = openssl_reply(query, "tsa_ok", "tsa")
            LAST_REPLY["tsa"] = reply
            self.answer(200, reply)
        elif path == "/reject":
            self.answer(200, openssl_reply(query, "tsa_reject", "tsa"))
        elif path == "/wrong-certificate":
            self.answer(200, openssl_reply(query, "tsa_ok", "other_tsa"))
        elif path == "/replay":
            self.answer(200, LAST_REPLY["tsa"])
        elif path == "/garbage":
            self.answer(200, b"this is not a timestamp reply")
        elif path == "/huge":
            self.answer(200, b"\x30" * (1024 * 1024))
        elif path == "/http-error":
            self.answer(500, b"internal error", "text/plain")
        elif path == "/slow":
            time.sleep(60)
        else:
            self.answer(404, b"not found", "text/plain")


def main():
    with open(os.path.join(FOLDER, "tsa.cnf"), "w") as config:
        config.write(CONFIG.format(folder=FOLDER))
    with open(os.path.join(FOLDER, "serial"), "w") as serial:
        serial.write("01\n")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
