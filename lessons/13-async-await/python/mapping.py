"""asyncio's idioms that lesson 13 maps to tokio, each run once.

Seed 002's sleeper, as a coroutine. Run it with `python3 lessons/13-async-await/python/mapping.py`
(Python 3.11 or newer); it takes about 3 s.
"""
import asyncio


# ANCHOR: coroutine
async def sleeper(name, n):
    print(f'I am {name}. Going to sleep for {n} seconds')
    await asyncio.sleep(n)          # this task waits; the event loop runs others
    print(f'{name} has woken up from sleep')
    return name

async def lazy():
    coroutine = sleeper('lazy', 0.3)   # nothing runs yet
    print('the coroutine exists, and has not started')
    return await coroutine
# ANCHOR_END: coroutine


# ANCHOR: run
async def gather_two():
    return await asyncio.gather(sleeper('first', 0.3), sleeper('second', 0.3))

print(asyncio.run(gather_two()))    # ['first', 'second'] after 0.3 s, not 0.6 s
# ANCHOR_END: run


async def wait_and_return(seconds):
    await asyncio.sleep(seconds)
    return seconds


# ANCHOR: tasks
async def tasks():
    first = asyncio.create_task(sleeper('first', 0.3))   # scheduled now
    print(await first)
    pauses = [0.3, 0.1, 0.2]
    print(await asyncio.gather(*(wait_and_return(p) for p in pauses)))  # [0.3, 0.1, 0.2]
    for finished in asyncio.as_completed([wait_and_return(p) for p in pauses]):
        print(await finished)                                      # 0.1, then 0.2, then 0.3
# ANCHOR_END: tasks


# ANCHOR: cancel
async def slow_job(events):
    try:
        events.append('started')
        await asyncio.sleep(0.3)        # CancelledError is raised here
        events.append('finished')
        return 42
    finally:
        events.append('cleanup ran')
# ANCHOR_END: cancel


# ANCHOR: cancel_calls
async def cancellation():
    events = []
    try:
        await asyncio.wait_for(slow_job(events), timeout=0.15)
    except TimeoutError:                # asyncio.TimeoutError before Python 3.11
        print('timed out', events)      # ['started', 'cleanup ran']
    task = asyncio.create_task(slow_job(events := []))
    await asyncio.sleep(0)              # let it start
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('cancelled', events)      # ['started', 'cleanup ran']
# ANCHOR_END: cancel_calls


# ANCHOR: queue
async def produce_and_consume(items=6):
    queue = asyncio.Queue(maxsize=2)
    async def producer():
        for item in range(1, items + 1):
            await queue.put(item)       # waits while the queue is full
        await queue.put(None)           # the end of the stream: a sentinel
    task = asyncio.create_task(producer())
    received = []
    while (item := await queue.get()) is not None:
        await asyncio.sleep(0.05)       # a slow consumer
        received.append(item)
    await task
    return received
# ANCHOR_END: queue


async def main():
    print(await lazy())
    await tasks()
    await cancellation()
    print(await produce_and_consume())


if __name__ == '__main__':
    asyncio.run(main())
