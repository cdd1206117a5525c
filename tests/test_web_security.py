"""The page answers only this machine, only changes with its token, only inside the data folder."""

from __future__ import annotations

import hashlib
import http.client
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from congress_docs.cli import cli
from congress_docs.web import check_loopback, create_app
from congress_docs.web.security import MAX_BODY_BYTES
from congress_docs.web.server import ServeError
from tests.web_support import TOKEN, RunningServer, copy_sample, running_server

BAN_HON = "tam-duong/ban-hon.yaml"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return copy_sample(tmp_path)


@pytest.fixture
def client(data: Path, tmp_path: Path) -> TestClient:
    app = create_app(data, output=tmp_path / "output", token=TOKEN, pdf=False)
    return TestClient(app, base_url="http://127.0.0.1:8765")


@pytest.fixture
def live(data: Path, tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(data, tmp_path / "output") as server:
        yield server


def raw_get(server: RunningServer, target: str, host: str | None = None) -> tuple[int, bytes]:
    """Send the request line exactly as written: no client-side clean-up of '..' or '%2f'."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.putrequest("GET", target, skip_host=True)
        connection.putheader("Host", host or f"127.0.0.1:{server.port}")
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "10.0.0.1", "::", "example.com"])
def test_serving_on_a_non_loopback_address_is_refused(host: str) -> None:
    with pytest.raises(ServeError, match="127.0.0.1"):
        check_loopback(host)


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_loopback_addresses_are_accepted(host: str) -> None:
    assert check_loopback(host) == host


def test_serve_command_refuses_a_public_address(data: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", str(data), "--host", "0.0.0.0", "--no-browser"])
    assert result.exit_code == 1
    assert "không mở trên địa chỉ 0.0.0.0" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8765", "localhost.evil.example", "127.0.0.1.nip.io", ""]
)
def test_a_wrong_host_header_is_refused(client: TestClient, host: str) -> None:
    response = client.get("/", headers={"host": host})
    assert response.status_code == 421
    assert "Host" in response.json()["error"]


def test_a_loopback_host_header_is_served(client: TestClient) -> None:
    for host in ("127.0.0.1:8765", "localhost:8765", "[::1]:8765"):
        assert client.get("/", headers={"host": host}).status_code == 200


def test_dns_rebinding_through_a_live_server_is_refused(live: RunningServer) -> None:
    status, body = raw_get(live, "/", host=f"attacker.example:{live.port}")
    assert status == 421
    assert b"Host" in body


def save_body(data: Path) -> dict[str, object]:
    version = hashlib.sha256((data / BAN_HON).read_bytes()).hexdigest()
    return {"file": BAN_HON, "version": version,
            "changes": {"values": {"congress.venue": "Nơi khác"}, "lengths": {}}}


@pytest.mark.parametrize("token", [None, "", "wrong-token"])
@pytest.mark.parametrize("endpoint", ["/api/save", "/api/check", "/api/new", "/api/build"])
def test_a_change_without_the_csrf_token_is_refused(
    client: TestClient, data: Path, token: str | None, endpoint: str
) -> None:
    before = (data / BAN_HON).read_bytes()
    headers = {} if token is None else {"x-csrf-token": token}
    response = client.post(endpoint, json=save_body(data), headers=headers)
    assert response.status_code == 403
    assert "CSRF" in response.json()["error"]
    assert (data / BAN_HON).read_bytes() == before


def test_a_change_from_another_origin_is_refused(client: TestClient, data: Path) -> None:
    response = client.post("/api/save", json=save_body(data),
                           headers={"x-csrf-token": TOKEN, "origin": "http://evil.example"})
    assert response.status_code == 403


def test_the_page_carries_its_token(client: TestClient) -> None:
    page = client.get("/").text
    assert f'<meta name="csrf-token" content="{TOKEN}">' in page


@pytest.mark.parametrize(
    "target",
    [
        "/c/../../etc/passwd",
        "/c/tam-duong/../../../etc/passwd",
        "/c/tam-duong/..%2f..%2f..%2fetc%2fpasswd",
        "/c/tam-duong%2fban-hon.yaml",
        "/c/tam-duong%5cban-hon.yaml",
        "/c/%2e%2e/%2e%2e/etc/passwd",
        "/c/tam-duong/./ban-hon.yaml",
        "/static/../app.py",
        "/static/%2e%2e%2fapp.py",
        "/c/tam-duong/ban-hon.yaml%00.txt",
    ],
)
def test_paths_leaving_the_data_folder_are_refused(live: RunningServer, target: str) -> None:
    status, body = raw_get(live, target)
    assert status in (400, 404)
    assert b"root:" not in body and b"import" not in body


@pytest.mark.parametrize(
    "query",
    [
        "file=../../etc/passwd&doc=01-bao-cao-chinh-tri.docx",
        "file=/etc/passwd&doc=01-bao-cao-chinh-tri.docx",
        f"file={BAN_HON}&doc=../../ban-hon.yaml",
        f"file={BAN_HON}&doc=district.yaml",
        "file=tam-duong/../tam-duong/ban-hon.yaml&doc=01-bao-cao-chinh-tri.docx",
    ],
)
def test_downloads_name_only_the_documents_of_a_listed_commune(
    client: TestClient, query: str
) -> None:
    assert client.get("/download?" + query).status_code == 404


def test_a_symbolic_link_out_of_the_folder_is_neither_listed_nor_served(
    client: TestClient, data: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "secret.yaml"
    outside.write_text("unit: {kind: xã, name: Bí mật}\n", encoding="utf-8")
    link = data / "tam-duong" / "lien-ket.yaml"
    try:
        link.symlink_to(outside)
    except OSError:
        pytest.skip("symbolic links cannot be made here")
    assert "lien-ket.yaml" not in client.get("/").text
    assert client.get("/c/tam-duong/lien-ket.yaml").status_code == 404
    response = client.post("/api/check", json={"file": "tam-duong/lien-ket.yaml"},
                           headers={"x-csrf-token": TOKEN})
    assert response.status_code == 404


@pytest.mark.parametrize("target", ["/c/tam-duong", "/c/tam-duong/", "/static/", "/c/", "/data/"])
def test_no_directory_listing(client: TestClient, target: str) -> None:
    response = client.get(target)
    assert response.status_code == 404
    assert "ban-hon.yaml" not in response.text


def test_a_request_body_over_the_limit_is_refused(client: TestClient) -> None:
    body = b"{" + b" " * (MAX_BODY_BYTES + 1) + b"}"
    response = client.post("/api/check", content=body,
                           headers={"x-csrf-token": TOKEN, "content-type": "application/json"})
    assert response.status_code == 413


def test_a_streamed_body_over_the_limit_is_refused(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(MAX_BODY_BYTES // 65536 + 2):
            yield b" " * 65536

    response = client.post("/api/check", content=chunks(), headers={"x-csrf-token": TOKEN})
    assert response.status_code == 413


def test_a_new_commune_is_only_made_inside_the_data_folder(client: TestClient, data: Path) -> None:
    for folder in ("..", "../..", "/tmp", "tam-duong/../.."):
        response = client.post("/api/new", json={"folder": folder, "name": "Bản Ngoài",
                                                 "kind": "xã"}, headers={"x-csrf-token": TOKEN})
        assert response.status_code == 409
    assert not list(data.parent.glob("*.yaml"))


def test_security_headers_are_set(client: TestClient) -> None:
    response = client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "SAMEORIGIN"
    assert response.headers["x-content-type-options"] == "nosniff"


def test_every_asset_ships_in_the_package(client: TestClient) -> None:
    page = client.get("/c/" + BAN_HON).text
    assert not re.search(r'(src|href)="(https?:)?//', page)
    for name in ("app.css", "app.js", "favicon.svg"):
        assert client.get("/static/" + name).status_code == 200
    script = client.get("/static/app.js").text
    assert "https://" not in script and "http://" not in script
    assert json.loads(page.split('<script type="application/json" id="texts">', 1)[1]
                      .split("</script>", 1)[0])["save"] == "Lưu"


@pytest.mark.skipif(sys.platform == "win32", reason="TIME_WAIT reuse is the POSIX rule")
def test_serve_takes_a_port_the_last_run_left_waiting(data: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # The server closing a connection leaves its port in TIME_WAIT for a minute; uvicorn binds
    # it again, so serving again at once must not be refused as "port taken".
    import socket

    import uvicorn

    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    client = socket.create_connection(("127.0.0.1", port))
    accepted, _address = listener.accept()
    accepted.close()
    listener.close()
    client.recv(1)
    client.close()
    ran = []
    monkeypatch.setattr(uvicorn.Server, "run", lambda self: ran.append(self.config.port))
    result = CliRunner().invoke(cli, ["serve", str(data), "--port", str(port), "--no-browser"])
    assert result.exit_code == 0, result.output
    assert ran == [port]


def test_serve_says_when_the_port_is_taken(data: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", str(data), "--port", str(port),
                                          "--no-browser"])
    assert result.exit_code == 1
    assert f"cổng {port} trên 127.0.0.1 đang được dùng" in result.output
    assert "Traceback" not in result.output
