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

ls -l "$out"/talk.webm "$out"/ad.webm
