"""Lesson 13's quiz, in Python: run with python3."""
import asyncio


# ANCHOR: spawn_then_print
async def job():
    print("task runs")


async def spawn_then_print():
    task = asyncio.create_task(job())
    print("main: spawned")
    await task
    print("main: joined")
# ANCHOR_END: spawn_then_print


asyncio.run(spawn_then_print())  # -> main: joined
