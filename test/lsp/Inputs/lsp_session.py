#!/usr/bin/env python3
"""Drives `irqlint --lsp` through one scripted session over pipes and
prints what it answers, one JSON message per line, for FileCheck.

Usage: lsp_session.py IRQLINT FILE [utf-8]

The session: initialize (offering UTF-8 positions when asked), initialized,
didOpen FILE, a request irqlint does not know, a malformed message,
didClose FILE, shutdown, exit. The exit status of the server is printed
last."""
import json
import subprocess
import sys


def frame(obj):
    body = json.dumps(obj).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


def main():
    irqlint, path = sys.argv[1], sys.argv[2]
    utf8 = len(sys.argv) > 3 and sys.argv[3] == "utf-8"
    uri = "file://" + path.replace(" ", "%20")
    caps = {"general": {"positionEncodings": ["utf-8", "utf-16"]}} if utf8 else {}
    msgs = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize",
         "params": {"processId": None, "rootUri": None, "capabilities": caps}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "method": "textDocument/didOpen",
         "params": {"textDocument": {"uri": uri, "languageId": "c",
                                     "version": 1, "text": ""}}},
        {"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover",
         "params": {}},
    ]
    data = b"".join(frame(m) for m in msgs)
    data += b"Content-Length: 9\r\n\r\n{not json"
    data += frame({"jsonrpc": "2.0", "method": "textDocument/didClose",
                   "params": {"textDocument": {"uri": uri}}})
    data += frame({"jsonrpc": "2.0", "id": 3, "method": "shutdown"})
    data += frame({"jsonrpc": "2.0", "method": "exit"})
    proc = subprocess.run([irqlint, "--lsp"], input=data,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          timeout=120)
    out = proc.stdout
    while out:
        header, _, rest = out.partition(b"\r\n\r\n")
        length = int(header.split(b":")[1])
        body, out = rest[:length], rest[length:]
        print(json.dumps(json.loads(body), sort_keys=True))
    print("exit status %d" % proc.returncode)


if __name__ == "__main__":
    main()
