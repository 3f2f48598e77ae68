import { describe, expect, it } from 'vitest';
import type { DataSource } from '../../../src/data/data-source';
import { DataError } from '../../../src/data/issues';
import { fetchReport, fetchReportDocument } from '../../../src/data/query-fns';

function textSource(text: string): DataSource & { paths: string[] } {
  const paths: string[] = [];
  return {
    paths,
    async readText(path) {
      paths.push(path);
      return text;
    },
  };
}

describe(fetchReportDocument, () => {
  it('reads data/source/<id>.txt into its structure', async () => {
    const source = textSource('Title\n[Date received:13 May 2024]\nHeading\n1.One.');
    await expect(fetchReportDocument(source, 'kz-cat-followup-2024')).resolves.toEqual({
      titleLines: ['Title'],
      dateReceived: '13 May 2024',
      sections: [{ heading: 'Heading', paragraphs: [{ number: 1, text: 'One.' }] }],
    });
    expect(source.paths).toEqual(['source/kz-cat-followup-2024.txt']);
  });

  it('throws a DataError naming the file when the numbering is broken', async () => {
    const error = await fetchReportDocument(textSource('T\nH\n2.a\n1.b'), 'x').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({
      file: 'data/source/x.txt',
      issues: [{ file: 'data/source/x.txt', rule: 'paragraph-order', value: '1' }],
    });
  });
});

describe(fetchReport, () => {
  it('lists the paragraphs of every section, in order, without headings', async () => {
    const source = textSource('T\nA\n1.a\nB\n2.b\n3.c');
    await expect(fetchReport(source, 'x')).resolves.toEqual([
      { number: 1, text: 'a' },
      { number: 2, text: 'b' },
      { number: 3, text: 'c' },
    ]);
  });

  it('throws a DataError for a text without numbered paragraphs', async () => {
    await expect(fetchReport(textSource('Just prose.'), 'x')).rejects.toBeInstanceOf(DataError);
  });
});
