#!/usr/bin/env python3
"""SMTP sink for the bench: accepts every mail on 127.0.0.1:PORT and appends one JSON line per
message (recipients, subject, X-Tandem-Key outbox key) to FILE.  Standard library only.

    python3 bench/smtp_sink.py PORT FILE
"""
import asyncore
import email
import email.header
import json
import sys
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)
import smtpd  # noqa: E402  (Python 3.11 still has it; enough for a sink)


class Sink(smtpd.SMTPServer):
    def __init__(self, port, path):
        super().__init__(("127.0.0.1", port), None, decode_data=False)
        self.path = path

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        message = email.message_from_bytes(data)
        subject = str(email.header.make_header(email.header.decode_header(message.get("Subject", ""))))
        with open(self.path, "a", encoding="utf-8") as out:
            out.write(json.dumps({"to": rcpttos, "subject": subject, "key": message.get("X-Tandem-Key")},
                                 ensure_ascii=False) + "\n")
        return None


if __name__ == "__main__":
    Sink(int(sys.argv[1]), sys.argv[2])
    asyncore.loop()
