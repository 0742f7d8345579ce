import net from 'node:net';
import { BoltClientReader, type CapturedStatement } from './BoltClientReader.js';

/** What went through the proxy between two readings. */
export interface Traffic {
  /** Bytes Neo4j sent to the clients: records, their metadata and the protocol's answers. */
  readonly bytesFromServer: number;
  readonly statements: CapturedStatement[];
}

/**
 * A TCP proxy in front of Neo4j's Bolt port that counts the bytes Neo4j sends back and reads the
 * statements clients send (BoltClientReader). A server under test is pointed at it (NEO4J_URI)
 * and asked one operation at a time: the difference of two readings is that operation's traffic,
 * measured on the wire the same way for diachi, the floor and the peer.
 */
export class BoltProxy {
  private bytesFromServer = 0;
  private statements: CapturedStatement[] = [];
  private readonly sockets = new Set<net.Socket>();

  private constructor(
    private readonly server: net.Server,
    readonly uri: string,
  ) {}

  static async start(upstream: { host: string; port: number }): Promise<BoltProxy> {
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as net.AddressInfo;
    const proxy = new BoltProxy(server, `bolt://127.0.0.1:${port}`);
    server.on('connection', (client) => proxy.relay(client, upstream));
    return proxy;
  }

  private relay(client: net.Socket, upstream: { host: string; port: number }): void {
    const neo4j = net.connect(upstream);
    const reader = new BoltClientReader((statement) => this.statements.push(statement));
    for (const socket of [client, neo4j]) {
      socket.setNoDelay(true);
      this.sockets.add(socket);
      socket.once('close', () => {
        this.sockets.delete(socket);
        client.destroy();
        neo4j.destroy();
      });
      socket.on('error', () => socket.destroy());
    }
    client.on('data', (chunk: Buffer) => {
      reader.fromClient(chunk);
      neo4j.write(chunk);
    });
    neo4j.on('data', (chunk: Buffer) => {
      this.bytesFromServer += chunk.length;
      reader.fromServer(chunk);
      client.write(chunk);
    });
  }

  /** A reading: pass it to `since` after the operation. */
  mark(): { bytes: number; statements: number } {
    return { bytes: this.bytesFromServer, statements: this.statements.length };
  }

  since(mark: { bytes: number; statements: number }): Traffic {
    return { bytesFromServer: this.bytesFromServer - mark.bytes, statements: this.statements.slice(mark.statements) };
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
