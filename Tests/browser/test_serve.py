"""`localsynth serve`: what it serves, what it refuses, and many clients at once."""
import concurrent.futures
import os
import pathlib
import resource
import re
import signal
import socket
import subprocess
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLI = os.environ.get("LOCALSYNTH", str(ROOT / ".build" / "release" / "localsynth"))


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    base = tmp_path_factory.mktemp("serve")
    root = base / "site"
    (root / "sub").mkdir(parents=True)
    (root / "index.html").write_text("<!doctype html><title>home</title>")
    (root / "sub" / "index.html").write_text("sub home")
    (root / "app.js").write_text("console.log(1)")
    (root / "core.mjs").write_text("export {}")
    (root / "style.css").write_text("body{}")
    (root / "m.wasm").write_bytes(b"\0asm\1\0\0\0")
    (root / "data.csv").write_text("a,b\n1,2\n")
    (root / "chart.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (root / "big.bin").write_bytes(os.urandom(3 * 1024 * 1024))
    (root / ".secret").write_text("hidden")
    (base / "outside.txt").write_text("outside")
    (root / "escape.txt").symlink_to(base / "outside.txt")
    (root / "inside.txt").symlink_to(root / "data.csv")
    process = subprocess.Popen([CLI, "serve", str(root), "--port", "0"], stdout=subprocess.PIPE, text=True)
    port = int(re.search(r":(\d+)/", process.stdout.readline()).group(1))
    yield root, port
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=10) == 0


def request(port, raw):
    """Sends raw request bytes and returns (status, headers, body)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(raw)
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    headers = {k.lower(): v for k, v in (line.split(": ", 1) for line in lines[1:])}
    return int(lines[0].split(" ")[1]), headers, body


def get(port, path, method="GET"):
    return request(port, f"{method} {path} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())


@pytest.mark.parametrize("path,status", [
    ("/../outside.txt", 403), ("/%2e%2e/outside.txt", 403), ("/sub/%2E%2E/%2e%2e/outside.txt", 403),
    ("/..%2foutside.txt", 403), ("/%2e%2e%5coutside.txt", 403), ("/escape.txt", 403),
    ("//etc/passwd", 404), ("/etc/passwd", 404), ("/.secret", 404), ("/missing.html", 404),
    ("/%zz", 400), ("/a%00b", 400), ("http://example.org/", 400), ("*", 400),
])
def test_requests_outside_the_folder_are_refused(site, path, status):
    _, port = site
    code, headers, body = get(port, path)
    assert code == status, (path, code, body)
    assert b"outside" not in body and b"root:" not in body


@pytest.mark.parametrize("path,type", [
    ("/", "text/html; charset=utf-8"), ("/index.html", "text/html; charset=utf-8"), ("/sub/", "text/html; charset=utf-8"),
    ("/app.js", "text/javascript; charset=utf-8"), ("/core.mjs", "text/javascript; charset=utf-8"),
    ("/style.css", "text/css; charset=utf-8"), ("/m.wasm", "application/wasm"), ("/data.csv", "text/csv; charset=utf-8"),
    ("/chart.svg", "image/svg+xml"), ("/inside.txt", "text/plain; charset=utf-8"), ("/data.csv?x=1#y", "text/csv; charset=utf-8"),
])
def test_files_come_with_their_type_and_the_security_headers(site, path, type):
    root, port = site
    code, headers, body = get(port, path)
    assert code == 200
    assert headers["content-type"] == type
    assert int(headers["content-length"]) == len(body)
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["content-security-policy"].startswith("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'")
    # Cross-origin isolated, so the page's workers can share memory.
    assert headers["cross-origin-opener-policy"] == "same-origin"
    assert headers["cross-origin-embedder-policy"] == "require-corp"


def test_the_page_and_the_server_share_one_policy():
    page = (ROOT / "web" / "index.html").read_text()
    meta = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    server = re.search(r'contentSecurityPolicy =\s*"([^"]*)"', (ROOT / "Sources" / "localsynth" / "FileServer.swift").read_text()).group(1)
    # frame-ancestors works only as a header.
    assert server == meta + "; frame-ancestors 'self'"


def test_head_and_wrong_methods(site):
    _, port = site
    code, headers, body = get(port, "/data.csv", "HEAD")
    assert code == 200 and body == b"" and headers["content-length"] == "8"
    for method in ("POST", "PUT", "DELETE", "OPTIONS"):
        code, headers, _ = get(port, "/data.csv", method)
        assert code == 405 and headers["allow"] == "GET, HEAD"
    assert request(port, b"nonsense\r\n\r\n")[0] == 400


def test_fifty_clients_at_once(site):
    root, port = site
    expected = (root / "big.bin").read_bytes()
    with concurrent.futures.ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(lambda _: get(port, "/big.bin"), range(50)))
    assert all(code == 200 and body == expected for code, _, body in results)


@pytest.fixture
def guarded(site):
    """A server of its own over the site, with its process, for the tests that attack it."""
    root, _ = site
    process = subprocess.Popen([CLI, "serve", str(root), "--port", "0"], stdout=subprocess.PIPE, text=True)
    port = int(re.search(r":(\d+)/", process.stdout.readline()).group(1))
    yield process, port
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=15) == 0


def timed_get(port, path="/data.csv"):
    started = time.monotonic()
    code = get(port, path)[0]
    return code, time.monotonic() - started


def test_bare_lf_requests_and_oversized_heads_get_answers(guarded):
    _, port = guarded
    assert request(port, b"GET /data.csv HTTP/1.1\nHost: localhost\n\n")[0] == 200
    assert request(port, b"GET /data.csv HTTP/1.1\r\nX-Big: " + b"a" * 20_000 + b"\r\n\r\n")[0] == 431


def test_a_slow_client_is_cut_off_and_blocks_no_one(guarded):
    """Slowloris: one byte every two seconds. The head must be complete within 10 s in all (not
    per read), and a normal request is served within a second all the while."""
    _, port = guarded
    slow = [socket.create_connection(("127.0.0.1", port)) for _ in range(20)]
    started = time.monotonic()
    cut_off = None
    while time.monotonic() - started < 20 and cut_off is None:
        for s in slow:
            try:
                s.sendall(b"G")
            except OSError:
                cut_off = time.monotonic() - started
        code, seconds = timed_get(port)
        assert code == 200 and seconds < 1, (code, seconds)
        time.sleep(2)
    for s in slow:
        s.close()
    # Closed at 10 s; a send notices it one or two rounds later.
    assert cut_off is not None and cut_off < 17, cut_off


def test_two_thousand_idle_connections_hold_no_threads(guarded):
    process, port = guarded
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(max(soft, 8192), hard), hard))
    held = []
    try:
        for _ in range(2000):
            s = socket.create_connection(("127.0.0.1", port))
            s.sendall(b"GET / HT")
            held.append(s)
        code, seconds = timed_get(port)
        assert code == 200 and seconds < 1, (code, seconds)
        threads = int(re.search(r"Threads:\s+(\d+)", pathlib.Path(f"/proc/{process.pid}/status").read_text()).group(1))
        assert threads < 64, threads
    finally:
        for s in held:
            s.close()


def test_bad_options_are_explained(tmp_path):
    result = subprocess.run([CLI, "serve", str(tmp_path / "nope")], capture_output=True, text=True)
    assert result.returncode == 1 and "no such folder" in result.stderr
    result = subprocess.run([CLI, "serve", "--port", "http"], capture_output=True, text=True)
    assert result.returncode == 2 and "--port" in result.stderr
    result = subprocess.run([CLI, "serve", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "USAGE: localsynth serve [DIR]" in result.stdout
