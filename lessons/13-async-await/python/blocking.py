"""A blocking call inside a coroutine stalls the event loop; asyncio.sleep and asyncio.to_thread
do not. Run it with `python3 lessons/13-async-await/python/blocking.py`; it takes about 1.3 s.
"""
import asyncio
import time


# ANCHOR: blocking
async def blocking_nap():
    time.sleep(0.1)                         # blocks the event loop: no other task runs

async def async_nap():
    await asyncio.sleep(0.1)                # the loop runs other tasks meanwhile

async def nap_on_a_thread():
    await asyncio.to_thread(time.sleep, 0.1)   # blocking code, moved off the loop

async def nappers(nap, tasks=4, naps=2):
    async def task():
        for _ in range(naps):
            await nap()
    await asyncio.gather(*(task() for _ in range(tasks)))
# ANCHOR_END: blocking


async def main():
    for nap in (blocking_nap, async_nap, nap_on_a_thread):
        start = time.perf_counter()
        await nappers(nap)
        print(f'{nap.__name__}: {time.perf_counter() - start:.2f} s')   # 0.80, 0.20, 0.20


if __name__ == '__main__':
    asyncio.run(main())
