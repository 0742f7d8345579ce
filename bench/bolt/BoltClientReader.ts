import { decodeMessage, type PackStreamStruct } from './decodePackStream.js';

/** A RUN message as a client sent it: the statement and its parameters. */
export interface CapturedStatement {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

const RUN = 0x10;
const PREAMBLE_BYTES = 4 + 4 * 4; // the magic 0x6060B017, then four proposed versions
const MANIFEST_V1 = 0x000001ff; // Bolt 5.7+: the server answers with a list of versions to choose from

/**
 * Reads what one Bolt client sends, as it arrives: the handshake, then chunked messages
 * (https://neo4j.com/docs/bolt/current/bolt/message/), reporting every RUN. The server's side is
 * only needed for its first four bytes: whether the handshake goes on with a version manifest, to
 * which the client answers with its choice before its first message.
 */
export class BoltClientReader {
  private pending = Buffer.alloc(0);
  private state: 'preamble' | 'awaitServer' | 'manifestChoice' | 'messages' = 'preamble';
  private serverFirst = Buffer.alloc(0);
  private message: Buffer[] = [];

  constructor(private readonly onRun: (statement: CapturedStatement) => void) {}

  fromServer(chunk: Buffer): void {
    if (this.serverFirst.length >= 4) return;
    this.serverFirst = Buffer.concat([this.serverFirst, chunk]).subarray(0, 4);
    this.advance();
  }

  fromClient(chunk: Buffer): void {
    this.pending = Buffer.concat([this.pending, chunk]);
    this.advance();
  }

  private advance(): void {
    for (;;) {
      if (this.state === 'preamble') {
        if (this.pending.length < PREAMBLE_BYTES) return;
        this.pending = this.pending.subarray(PREAMBLE_BYTES);
        this.state = 'awaitServer';
      } else if (this.state === 'awaitServer') {
        if (this.serverFirst.length < 4) return;
        this.state = this.serverFirst.readUInt32BE(0) === MANIFEST_V1 ? 'manifestChoice' : 'messages';
      } else if (this.state === 'manifestChoice') {
        // The chosen version (4 bytes), then the capabilities as a varint (high bit: more bytes).
        let end = 4;
        while (end < this.pending.length && (this.pending[end]! & 0x80) !== 0) end += 1;
        if (end >= this.pending.length) return;
        this.pending = this.pending.subarray(end + 1);
        this.state = 'messages';
      } else {
        if (this.pending.length < 2) return;
        const size = this.pending.readUInt16BE(0);
        if (this.pending.length < 2 + size) return;
        const body = this.pending.subarray(2, 2 + size);
        this.pending = this.pending.subarray(2 + size);
        if (size > 0) this.message.push(body);
        else if (this.message.length > 0) {
          // A zero-size chunk ends a message (alone, between messages, it is a keep-alive).
          this.onMessage(decodeMessage(Buffer.concat(this.message)));
          this.message = [];
        }
      }
    }
  }

  private onMessage({ signature, fields }: PackStreamStruct): void {
    if (signature !== RUN) return;
    const [cypher, params] = fields as [string, Record<string, unknown> | null];
    this.onRun({ cypher, params: params ?? {} });
  }
}
