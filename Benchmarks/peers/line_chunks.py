"""Reading a large file in chunks of whole lines, shared by the Python peer scanners."""


def chunks(path, size):
    """Yields the file's bytes in pieces of about `size` bytes, each ending at a line break."""
    with open(path, "rb") as f:
        carry = b""
        while True:
            block = f.read(size)
            data = carry + block
            if not block:
                if data:
                    yield data
                return
            cut = data.rfind(b"\n") + 1
            if cut == 0:
                carry = data
                continue
            carry = data[cut:]
            yield data[:cut]


def chunk_size(argv, index):
    """The chunk size in bytes from argv[index] in megabytes (default 4 MB, as jobfit bench scan)."""
    return int(float(argv[index]) * (1 << 20)) if len(argv) > index else 4 << 20
