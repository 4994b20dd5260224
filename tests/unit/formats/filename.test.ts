import { describe, expect, it } from 'vitest';
import { exportFileName, markdownFileName } from '@/utils/formats/filename';

describe('markdownFileName', () => {
  it.each([
    ['When Containers Attack', 'When Containers Attack.md'],
    ['CI/CD with Docker\\Windows | Linux', 'CI-CD with Docker-Windows - Linux.md'],
    ['What? Why: "How" <now> *', 'What Why How now.md'],
    ['  lots   of\tspace\n', 'lots of space.md'],
    ['../../etc/passwd', 'etc-passwd.md'],
    ['-rf notes', 'rf notes.md'],
    ['.hidden', 'hidden.md'],
    ['Ends with dots...', 'Ends with dots.md'],
    ['a\u0000b\u001fc\u202Egpj.exe', 'a b c gpj.exe.md'],
    ['CON', 'CON_.md'],
    ['nul.tar', 'nul_.tar.md'],
    ['Console', 'Console.md'],
    ['', 'talk-notes.md'],
    ['   ', 'talk-notes.md'],
    ['///', 'talk-notes.md'],
    ['...', 'talk-notes.md'],
    ['Dag 1: Mandag – Cloud Native Rust Day', 'Dag 1 Mandag – Cloud Native Rust Day.md'],
  ])('%j → %j', (title, name) => {
    expect(markdownFileName(title)).toBe(name);
  });

  it('keeps the whole name within 100 characters, dropping a space or dot left at the cut', () => {
    expect(markdownFileName('a'.repeat(300))).toBe(`${'a'.repeat(97)}.md`);
    expect(markdownFileName(`${'a'.repeat(95)}. bcd`)).toBe(`${'a'.repeat(95)}.md`);
  });

  it('keeps the whole name within 255 UTF-8 bytes, cutting between code points', () => {
    const name = markdownFileName('🎤'.repeat(120));
    expect(name).toBe(`${'🎤'.repeat(63)}.md`);
    expect(new TextEncoder().encode(name).length).toBe(255);
  });
});

describe('exportFileName', () => {
  it('applies the same rules under another extension, counting it in the limits', () => {
    expect(exportFileName('CI/CD: "when containers attack"', '.vtt')).toBe('CI-CD when containers attack.vtt');
    expect(exportFileName('', '.jsonld')).toBe('talk-notes.jsonld');
    expect(exportFileName('aux', '.vtt')).toBe('aux_.vtt');
    expect(exportFileName('a'.repeat(300), '.jsonld')).toBe(`${'a'.repeat(93)}.jsonld`);
  });
});
