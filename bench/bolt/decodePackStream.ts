import neo4j from 'neo4j-driver';

// A PackStream decoder for what a Bolt client sends (https://neo4j.com/docs/bolt/current/packstream/):
// enough to read the statement and parameters of a RUN message off the wire, so the benchmark can
// PROFILE exactly what diachi, the floor and the peer asked Neo4j, without a hook in their code.
// Integers come back as neo4j Integers and dates as neo4j Dates, so a statement replayed through
// the driver carries the same Bolt types it was sent with (a JS number would go out as a float).

export interface PackStreamStruct {
  readonly signature: number;
  readonly fields: unknown[];
}

const DAY_MS = 86_400_000;

/** Decodes one value at `offset`; returns it with the offset just past it. */
export function decodePackStream(buffer: Buffer, offset = 0): { value: unknown; next: number } {
  const marker = buffer.readUInt8(offset);
  let at = offset + 1;
  const high = marker & 0xf0;
  const low = marker & 0x0f;
  const string = (size: number) => {
    const value = buffer.toString('utf8', at, at + size);
    at += size;
    return value;
  };
  const list = (size: number) => {
    const items: unknown[] = [];
    for (let i = 0; i < size; i += 1) {
      const { value, next } = decodePackStream(buffer, at);
      items.push(value);
      at = next;
    }
    return items;
  };
  const map = (size: number) => {
    const entries: Record<string, unknown> = {};
    for (let i = 0; i < size; i += 1) {
      const key = decodePackStream(buffer, at);
      const value = decodePackStream(buffer, key.next);
      entries[String(key.value)] = value.value;
      at = value.next;
    }
    return entries;
  };
  const u8 = () => buffer.readUInt8((at += 1) - 1);
  const u16 = () => buffer.readUInt16BE((at += 2) - 2);
  const u32 = () => buffer.readUInt32BE((at += 4) - 4);

  let value: unknown;
  if (marker < 0x80) value = neo4j.int(marker);
  else if (marker >= 0xf0) value = neo4j.int(marker - 0x100);
  else if (high === 0x80) value = string(low);
  else if (high === 0x90) value = list(low);
  else if (high === 0xa0) value = map(low);
  else if (high === 0xb0) {
    const signature = u8();
    value = toDriverType({ signature, fields: list(low) });
  } else {
    switch (marker) {
      case 0xc0:
        value = null;
        break;
      case 0xc1:
        value = buffer.readDoubleBE(at);
        at += 8;
        break;
      case 0xc2:
        value = false;
        break;
      case 0xc3:
        value = true;
        break;
      case 0xc8:
        value = neo4j.int(buffer.readInt8(at));
        at += 1;
        break;
      case 0xc9:
        value = neo4j.int(buffer.readInt16BE(at));
        at += 2;
        break;
      case 0xca:
        value = neo4j.int(buffer.readInt32BE(at));
        at += 4;
        break;
      case 0xcb:
        value = neo4j.int(buffer.readBigInt64BE(at).toString());
        at += 8;
        break;
      case 0xcc:
      case 0xcd:
      case 0xce: {
        const size = marker === 0xcc ? u8() : marker === 0xcd ? u16() : u32();
        value = Uint8Array.prototype.slice.call(buffer, at, at + size);
        at += size;
        break;
      }
      case 0xd0:
        value = string(u8());
        break;
      case 0xd1:
        value = string(u16());
        break;
      case 0xd2:
        value = string(u32());
        break;
      case 0xd4:
        value = list(u8());
        break;
      case 0xd5:
        value = list(u16());
        break;
      case 0xd6:
        value = list(u32());
        break;
      case 0xd8:
        value = map(u8());
        break;
      case 0xd9:
        value = map(u16());
        break;
      case 0xda:
        value = map(u32());
        break;
      default:
        throw new Error(`PackStream: unknown marker 0x${marker.toString(16)} at ${offset}.`);
    }
  }
  return { value, next: at };
}

/** A Date parameter (struct 'D': days since 1970-01-01) as the driver's Date; other structs as they are. */
function toDriverType(struct: PackStreamStruct): unknown {
  if (struct.signature === 0x44 && struct.fields.length === 1 && neo4j.isInt(struct.fields[0])) {
    const day = new Date(neo4j.integer.toNumber(struct.fields[0] as never) * DAY_MS);
    return new neo4j.types.Date(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
  }
  return struct;
}

/** A Bolt message: a struct whose signature names the message (0x10 is RUN). */
export function decodeMessage(message: Buffer): PackStreamStruct {
  const marker = message.readUInt8(0);
  if ((marker & 0xf0) !== 0xb0) throw new Error(`Bolt: a message must be a struct, got marker 0x${marker.toString(16)}.`);
  const fields: unknown[] = [];
  let at = 2;
  for (let i = 0; i < (marker & 0x0f); i += 1) {
    const { value, next } = decodePackStream(message, at);
    fields.push(value);
    at = next;
  }
  return { signature: message.readUInt8(1), fields };
}
