#!/bin/sh
# Regenerates the fixture videos. The outputs are committed so `npm start` and the e2e
# tests need no ffmpeg; keep them small (a few hundred KB in total).
# Usage: scripts/make-media.sh [outdir]   (default: tests/fixtures/media)
set -eu

out="${1:-$(dirname "$0")/../tests/fixtures/media}"
mkdir -p "$out"
command -v ffmpeg >/dev/null || { echo "make-media: ffmpeg not found (apt-get install -y ffmpeg)" >&2; exit 1; }

# -bitexact and -map_metadata -1 keep the files free of encoder versions and dates.
encode() { # $1 video source, $2 audio source, $3 seconds, $4 output
  ffmpeg -hide_banner -loglevel error -y \
    -f lavfi -i "$1" -f lavfi -i "$2" -t "$3" \
    -c:v libvpx-vp9 -crf 50 -b:v 0 -row-mt 0 -threads 1 -g 50 \
    -c:a libopus -b:a 8k -ac 1 \
    -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
    -shortest "$4"
}

# The talk: test pattern with a running clock and a 440 Hz tone, 90 s.
encode "testsrc=duration=90:size=320x180:rate=10" "sine=frequency=440:duration=90" 90 "$out/talk.webm"
# The ad: a flat orange frame and a 880 Hz tone, 5 s, so a frame grab tells them apart.
encode "color=c=orange:size=320x180:rate=10:duration=5" "sine=frequency=880:duration=5" 5 "$out/ad.webm"

# Slides: pictures only, no sound, a key frame every half second so a seek lands at once.
picture() { # $1 filter graph, $2 output
  ffmpeg -hide_banner -loglevel error -y -f lavfi -i "$1" \
    -c:v libvpx-vp9 -crf "${3:-20}" -b:v 0 -row-mt 0 -threads 1 -g 5 \
    -map_metadata -1 -fflags +bitexact -flags:v +bitexact "$2"
}
# Known colours for the slides e2e: 0–2 s red | blue, 2–4 s green | white, 4–6 s black.
picture "color=c=red:s=320x180:r=10:d=2,drawbox=x=160:y=0:w=160:h=180:color=blue:t=fill[a];color=c=lime:s=320x180:r=10:d=2,drawbox=x=160:y=0:w=160:h=180:color=white:t=fill[b];color=c=black:s=320x180:r=10:d=2[c];[a][b][c]concat=n=3:v=1:a=0" "$out/slides.webm"
# 1280×720 for the capture bench (the YouTube fixture's `&media=hd`).
picture "color=c=red:s=1280x720:r=5:d=2,drawbox=x=640:y=0:w=640:h=720:color=blue:t=fill,drawbox=x=200:y=200:w=200:h=100:color=white:t=fill" "$out/slides-hd.webm" 40

ls -l "$out"/talk.webm "$out"/ad.webm "$out"/slides.webm "$out"/slides-hd.webm
