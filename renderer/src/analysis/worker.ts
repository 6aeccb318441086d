// Analysis off the main thread: typing never waits for it.
import type { DictionaryEntity } from '../../../core/entities/types';
import type { Story } from '../../../core/story/story';
import { StoryAnalyzer, type AnalysisResult } from './analyzer';

export type AnalysisRequest =
  | { kind: 'entities'; entities: DictionaryEntity[] }
  | { kind: 'analyze'; version: number; story: Story; sourceText?: string };

export interface AnalysisReply {
  version: number;
  result: AnalysisResult;
}

const analyzer = new StoryAnalyzer();

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  if (request.kind === 'entities') {
    analyzer.setEntities(request.entities);
    return;
  }
  const reply: AnalysisReply = { version: request.version, result: analyzer.analyze(request.story, request.sourceText) };
  self.postMessage(reply);
};
