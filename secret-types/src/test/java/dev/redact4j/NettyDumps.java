package dev.redact4j;

/** Formats bytes as Netty's {@code ByteBufUtil.appendPrettyHexDump} does, for tests. */
final class NettyDumps {
  private NettyDumps() {}

  /**
   * The table of {@code bytes}: 16 a row, an offset column, the hex column padded on the last row and
   * an ASCII column with {@code .} for each byte outside 0x20–0x7E; rows end with LF, the last one too.
   */
  static String table(byte[] bytes) {
    StringBuilder out = new StringBuilder()
        .append("         +-------------------------------------------------+\n")
        .append("         |  0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f |\n")
        .append("+--------+-------------------------------------------------+----------------+\n");
    for (int row = 0; row * 16 < bytes.length; row++) {
      out.append('|').append(String.format("%08x", row * 16)).append('|');
      StringBuilder ascii = new StringBuilder();
      for (int i = row * 16; i < row * 16 + 16; i++) {
        if (i < bytes.length) {
          int b = bytes[i] & 0xff;
          out.append(' ').append(String.format("%02x", b));
          ascii.append(b >= 0x20 && b <= 0x7e ? (char) b : '.');
        } else {
          out.append("   ");
          ascii.append(' ');
        }
      }
      out.append(" |").append(ascii).append("|\n");
    }
    return out.append("+--------+-------------------------------------------------+----------------+").toString();
  }
}
