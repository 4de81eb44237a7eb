/**
 * Walkthrough step 4: a custom stage. It declares what it needs (tokens) and writes (nothing the loader tracks,
 * only messages), validates its config with zod, and is registered by listing this module in the pipeline file's
 * "stageModules". It marks the article with topics whose keywords occur in it, as positioned messages.
 */
import { z } from 'zod';
import { defineStage } from '../../src/pipeline/stage.ts';

const configSchema = z.strictObject({
  topics: z.record(z.string(), z.array(z.string().min(1))).default({}),
});

export const tagTopicsStage = defineStage({
  name: 'tag-topics',
  description: 'Adds a message "topic:<name>" at the first word of the article that is one of the topic\'s keywords.',
  requires: ['tokens'],
  assigns: [],
  configSchema,
  create(config) {
    // Compiled once per pipeline: keyword (lower case) → topic.
    const topicOfKeyword = new Map<string, string>();
    for (const [topic, keywords] of Object.entries(config.topics)) for (const keyword of keywords) topicOfKeyword.set(keyword.toLowerCase(), topic);
    return (doc) => {
      const seen = new Set<string>();
      const messages = [...doc.messages];
      for (const token of doc.tokens ?? []) {
        const topic = topicOfKeyword.get(token.text.toLowerCase());
        if (!topic || seen.has(topic)) continue;
        seen.add(topic);
        messages.push({ code: `topic:${topic}`, severity: 'info', message: `"${token.text}" suggests the topic ${topic}`, start: token.start, end: token.end });
      }
      return { ...doc, messages };
    };
  },
});

export const stages = [tagTopicsStage];
