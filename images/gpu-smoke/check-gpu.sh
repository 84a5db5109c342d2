#!/bin/sh
# Exit 0 when the container sees an NVIDIA device node, 1 otherwise.
if ls /dev/nvidia[0-9]* >/dev/null 2>&1; then
    echo "GPU visible: $(ls /dev/nvidia[0-9]* | tr '\n' ' ')"
    exit 0
fi
echo "no GPU device in this container (was it started with --gpus all on a node with a GPU?)"
exit 1
