"""Clicks a numeric table header of a report page in headless Chromium and checks the rows sort.

Usage: python3 sort_in_browser.py PAGE.html

Starts Chromium with the DevTools protocol on a loopback port, opens the page, and through
Runtime.evaluate: clicks the last header of the first table that has a numeric column twice
(ascending, then descending) and reads the column's data-value after each click. Exits 1 with a
message when the order is wrong or the header's aria-sort is not set; 0 otherwise.
"""
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket

CHECK = r"""
(() => {
  const table = [...document.querySelectorAll("table.sortable")]
    .find(t => t.tBodies[0].rows.length > 2 && t.querySelector('th[data-type="number"]'));
  if (!table) return {error: "no sortable numeric table"};
  const headers = [...table.querySelectorAll("thead th")];
  const column = headers.map(h => h.dataset.type).lastIndexOf("number");
  const th = headers[column];
  const values = () => [...table.tBodies[0].rows].map(r => parseFloat(r.cells[column].dataset.value));
  th.click();
  const ascending = values(), first = th.getAttribute("aria-sort");
  th.click();
  const descending = values(), second = th.getAttribute("aria-sort");
  return {caption: table.caption.textContent, ascending, descending, first, second};
})()
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(page):
    port = free_port()
    profile = tempfile.mkdtemp(prefix="sandan-chromium-")
    browser = subprocess.Popen(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--remote-debugging-port={port}",
         "--remote-debugging-address=127.0.0.1", f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        target = None
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=1) as r:
                    target = next(t for t in json.load(r) if t["type"] == "page")
                break
            except (OSError, StopIteration):
                time.sleep(0.1)
        if target is None:
            sys.exit("sort_in_browser: Chromium's DevTools endpoint did not answer")
        ws = websocket.create_connection(target["webSocketDebuggerUrl"], timeout=30)
        calls = iter(range(1, 1000))

        def call(method, **params):
            ident = next(calls)
            ws.send(json.dumps({"id": ident, "method": method, "params": params}))
            while True:
                message = json.loads(ws.recv())
                if message.get("id") == ident:
                    return message.get("result", {})

        call("Page.enable")
        call("Page.navigate", url="file://" + os.path.abspath(page))
        for _ in range(100):
            state = call("Runtime.evaluate", expression="document.readyState", returnByValue=True)
            if state.get("result", {}).get("value") == "complete":
                break
            time.sleep(0.1)
        result = call("Runtime.evaluate", expression=CHECK, returnByValue=True)["result"]["value"]
        ws.close()
    finally:
        browser.kill()
        browser.wait()
    if "error" in result:
        sys.exit("sort_in_browser: " + result["error"])
    ascending, descending = result["ascending"], result["descending"]
    problems = []
    if ascending != sorted(ascending):
        problems.append(f"first click did not sort ascending: {ascending}")
    if descending != sorted(descending, reverse=True):
        problems.append(f"second click did not sort descending: {descending}")
    if (result["first"], result["second"]) != ("ascending", "descending"):
        problems.append(f"aria-sort was {result['first']!r}, then {result['second']!r}")
    if problems:
        sys.exit("sort_in_browser: " + result["caption"] + ": " + "; ".join(problems))
    print(f"sort_in_browser: sorted '{result['caption']}' up and down ({len(ascending)} rows)")


if __name__ == "__main__":
    main(sys.argv[1])
