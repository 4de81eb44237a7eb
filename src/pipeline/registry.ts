/**
 * The stage registry: the one place built-in stages are registered. Each loaded pipeline gets its own registry
 * (a copy of the built-ins plus its custom stages), so two pipelines never share a mutable registry.
 */
import type { StageDefinition } from './stage.ts';
import { detectLanguageStage } from '../stages/detect-language/detect-language-stage.ts';
import { segmentStage } from '../stages/segment/segment-stage.ts';
import { recogniseEntitiesStage } from '../stages/entities/recognise-entities-stage.ts';
import { linkEntitiesStage } from '../stages/link/link-entities-stage.ts';
import { extractRelationsStage } from '../stages/relations/extract-relations-stage.ts';
import { extractEventsStage } from '../stages/events/extract-events-stage.ts';
import { buildRecordStage } from '../stages/record/build-record-stage.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyStage = StageDefinition<any>;

export const builtinStages: readonly AnyStage[] = [
  detectLanguageStage,
  segmentStage,
  recogniseEntitiesStage,
  linkEntitiesStage,
  extractRelationsStage,
  extractEventsStage,
  buildRecordStage,
];

export class StageRegistry {
  private readonly stages = new Map<string, AnyStage>();

  constructor(initial: readonly AnyStage[] = builtinStages) {
    for (const stage of initial) this.stages.set(stage.name, stage);
  }

  /** Registers a custom stage. A name already taken is an error: a custom stage must not silently replace a built-in. */
  register(stage: AnyStage): void {
    if (this.stages.has(stage.name)) {
      throw new Error(`a stage named '${stage.name}' is already registered; give the custom stage another name`);
    }
    this.stages.set(stage.name, stage);
  }

  get(name: string): AnyStage | undefined {
    return this.stages.get(name);
  }

  names(): string[] {
    return [...this.stages.keys()];
  }
}
