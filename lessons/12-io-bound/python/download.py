# needs: requests
"""Seed 003's downloads, corrected: a pool, a temporary folder, a timeout, a status check, and
one result (or exception) per URL. Run: python3 download.py (needs `requests`).

To run without the internet it starts a small HTTP server on 127.0.0.1 first (five images,
each answered after 0.5 s, and a 404), like lesson 12 does. It prints one line per URL, then
`Completed in 0.5x second(s)`.
"""
from concurrent.futures import ThreadPoolExecutor, as_completed
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import pathlib
import tempfile
import threading
import time

import requests


# ANCHOR: fixed
def download_image(url, folder):
    response = requests.get(url, timeout=5)     # the seed has no timeout: a stall hangs forever
    response.raise_for_status()                 # the seed saves a 404 page as an "image"
    path = pathlib.Path(folder) / url.split('/')[-1]
    path.write_bytes(response.content)
    return path

def download_all(image_urls):
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder, ThreadPoolExecutor(max_workers=8) as executor:
        futures = {executor.submit(download_image, url, folder): url for url in image_urls}
        for future in as_completed(futures):
            try:
                print(future.result().name)
            except Exception as error:
                print(futures[future], 'failed:', error)
    print(f'Completed in {time.perf_counter() - start:.2f} second(s)')   # after every join
# ANCHOR_END: fixed


class Images(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(0.5)
        found = self.path.startswith('/images/')
        self.send_response(200 if found else 404)
        self.end_headers()
        self.wfile.write(b'\x89PNG' if found else b'not found')

    def log_message(self, *args):
        pass


if __name__ == '__main__':
    server = ThreadingHTTPServer(('127.0.0.1', 0), Images)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f'http://127.0.0.1:{server.server_address[1]}'
    download_all([f'{base}/images/{i}.png' for i in range(5)] + [f'{base}/missing.png'])
    server.shutdown()
