import { describe, expect, it } from 'vitest';
import { renderNeo4jConf } from '../../../src/localNeo4j/renderNeo4jConf.js';

const base = { homeDir: '/tmp/h', boltPort: 7687, httpPort: 7474, pageCacheSize: '256m', apoc: false };

const lines = (conf: string, key: string) => conf.split('\n').filter((line) => line.startsWith(`${key}=`));

describe('renderNeo4jConf: Neo4j Browser settings', () => {
  it('lets Browser fetch guides and style sheets from loopback, by hostname as Browser compares them', () => {
    expect(lines(renderNeo4jConf(base), 'browser.remote_content_hostname_whitelist')).toEqual([
      'browser.remote_content_hostname_whitelist=guides.neo4j.com,localhost,127.0.0.1',
    ]);
  });

  it("applies diachi's style sheet on connect when diachi's address is known", () => {
    const conf = renderNeo4jConf({ ...base, appUrl: 'http://127.0.0.1:4000' });
    expect(lines(conf, 'browser.post_connect_cmd')).toEqual(['browser.post_connect_cmd=style http://127.0.0.1:4000/guide/diachi.grass']);
  });

  it('adds a non-loopback host of diachi to the whitelist', () => {
    const conf = renderNeo4jConf({ ...base, appUrl: 'http://diachi.lan:4000' });
    expect(lines(conf, 'browser.remote_content_hostname_whitelist')).toEqual([
      'browser.remote_content_hostname_whitelist=guides.neo4j.com,localhost,127.0.0.1,diachi.lan',
    ]);
  });

  it('sets no post-connect command when the port is chosen only after Neo4j starts', () => {
    expect(lines(renderNeo4jConf(base), 'browser.post_connect_cmd')).toEqual([]);
  });
});
