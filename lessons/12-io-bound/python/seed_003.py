# not run: it downloads from the internet (hackadda.com); lesson 12 runs the same idea on loopback
"""Seed 003's "real life example", as written. It needs the internet (hackadda.com) and an
existing /tmp/images folder, so it is quoted, not run: lesson 12 runs the same idea on loopback.
Run as written, it prints `Completed in  0.02 second(s)` before any download has finished.
"""
# ANCHOR: sample
import threading
import os
import time

import requests

start = time.perf_counter()


# ANCHOR: seed
def download_image(url):
    content = requests.get(url).content
    name = url.split('/')[-1]
    location = os.path.join('/', 'tmp', 'images', name)
    with open(location, 'wb') as f:
        f.write(content)
# ANCHOR_END: seed


image_urls = [
    'https://www.hackadda.com/media/blog/10_Awesome_VS_Code_shortcuts.png',
    'https://www.hackadda.com/media/blog/krishna/2020/07/10/ctrl_b.gif',
    'https://www.hackadda.com/media/blog/krishna/2020/07/10/ctrl_p.gif',
    'https://www.hackadda.com/media/blog/krishna/2020/07/10/ctrl_shift_f_with_alt_c_and_alt_w.gif',
    'https://www.hackadda.com/media/blog/krishna/2020/07/10/ctrl_shift_e.gif'
]

# ANCHOR: clock
for url in image_urls:
    thread = threading.Thread(target=download_image, args=[url])
    thread.start()

end = time.perf_counter()

print(f'Completed in {end - start: .2f} second(s)')
# ANCHOR_END: clock
# ANCHOR_END: sample
