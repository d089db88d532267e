// zlib, for inflating the entries of .docx and .qdpx archives (see Sources/STCKit/Support/ZipReader.swift).
#include <zlib.h>

static inline int stc_inflate_init_raw(z_stream *stream) {
  return inflateInit2(stream, -MAX_WBITS);
}
