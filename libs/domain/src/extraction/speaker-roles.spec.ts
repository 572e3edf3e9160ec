import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../transcripts/transcript-parser.js';
import { detectInterviewers, isInterviewerSpeakerName } from './speaker-roles.js';

describe('isInterviewerSpeakerName', () => {
  it.each([
    ['Interviewer', true],
    ['interviewer 2', true],
    ['Moderator', true],
    ['UX Researcher', true],
    ['Host - Anna', true],
    ['Facilitator', true],
    ['Q', true],
    ['Q1', true],
    ['I', true],
    ['Int', true],
    ['Maria', false],
    ['Ingrid', false],
    ['Research participant', false],
    ['Hostess', false],
    ['Speaker 1', false],
    ['P1', false],
  ])('%s -> %s', (name, expected) => {
    expect(isInterviewerSpeakerName(name)).toBe(expected);
  });
});

describe('detectInterviewers', () => {
  it('uses the given list instead of detection, case-insensitively', () => {
    const transcript = parseTranscript('Interviewer: Why?\nAnna: Because.', 'txt');
    expect([...detectInterviewers(transcript, ['  ANNA '])]).toEqual(['anna']);
    expect([...detectInterviewers(transcript, [])]).toEqual([]);
  });

  it('detects interviewers by name', () => {
    const transcript = parseTranscript('Moderator: Tell me.\nAnna: Sure.\nQ: And then?', 'txt');
    expect([...detectInterviewers(transcript, undefined)]).toEqual(['moderator', 'q']);
  });

  it('falls back to the speaker who asks in most turns', () => {
    const transcript = parseTranscript(
      'Anna: How do you close the month?\nTom: It takes a week.\nAnna: What is the hardest part?\nTom: Chasing receipts. Do you know what I mean?\nTom: It never ends.',
      'txt',
    );
    expect([...detectInterviewers(transcript, undefined)]).toEqual(['anna']);
  });

  it('detects nobody when every speaker mostly asks', () => {
    const transcript = parseTranscript('Anna: Why?\nTom: Why not?\nAnna: Really?\nTom: Sure?', 'txt');
    expect([...detectInterviewers(transcript, undefined)]).toEqual([]);
  });
});
