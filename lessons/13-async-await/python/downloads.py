# needs: aiohttp
"""Lesson 12's downloads with asyncio: at most 8 at once, one result (or exception) per URL.
Run: python3 downloads.py (needs `aiohttp`: `pip install aiohttp`).

To run without the internet it starts a small HTTP server on 127.0.0.1 first (40 images, each
answered after 0.1 s, and a 404), as lessons 12 and 13 do. It prints one line per failure, then
`40 of 41 in 0.6x second(s)`.
"""
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import asyncio
import threading
import time

import aiohttp


# ANCHOR: downloads
async def download(session, semaphore, url):
    async with semaphore:                       # at most `limit` downloads at once
        async with session.get(url) as response:
            response.raise_for_status()         # 404: an exception for this URL only
            return len(await response.read())

async def download_all(urls, limit=8):
    semaphore = asyncio.Semaphore(limit)
    timeout = aiohttp.ClientTimeout(total=1)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        return await asyncio.gather(*(download(session, semaphore, url) for url in urls),
                                    return_exceptions=True)   # input order
# ANCHOR_END: downloads


class Server(ThreadingHTTPServer):
    request_queue_size = 64     # the default 5 drops connections in a burst of 8


class Images(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(0.1)
        found = self.path.startswith('/images/')
        self.send_response(200 if found else 404)
        self.send_header('Content-Length', '65536' if found else '9')
        self.end_headers()
        self.wfile.write(b'\x89PNG' + bytes(65532) if found else b'not found')

    def log_message(self, *args):
        pass


if __name__ == '__main__':
    server = Server(('127.0.0.1', 0), Images)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f'http://127.0.0.1:{server.server_address[1]}'
    urls = [f'{base}/images/{i}.png' for i in range(40)] + [f'{base}/missing.png']
    start = time.perf_counter()
    results = asyncio.run(download_all(urls))
    took = time.perf_counter() - start
    for url, result in zip(urls, results):
        if isinstance(result, Exception):
            print(url.split('/')[-1], 'failed:', type(result).__name__, result)
    ok = sum(not isinstance(r, Exception) for r in results)
    print(f'{ok} of {len(urls)} in {took:.2f} second(s)')
    server.shutdown()
