/** SpeechModel over OpenAI-compatible `/audio/speech` and `/audio/transcriptions`. */
import { UpstreamError, type SpeechModel } from '@fashion/api';
import { postUpstream, readJson, type OpenAiEndpoint } from './request.ts';

export interface OpenAiSpeechOptions extends OpenAiEndpoint {
  ttsModel: string;
  transcribeModel: string;
  voice?: string;
}

const MIME: Record<string, string> = { mp3: 'audio/mpeg', wav: 'audio/wav', opus: 'audio/opus' };

export function createOpenAiSpeechModel(options: OpenAiSpeechOptions): SpeechModel {
  return {
    speak(text) {
      const body = {
        model: options.ttsModel,
        input: text,
        voice: options.voice ?? 'alloy',
        response_format: 'mp3',
      };
      return postUpstream(options, '/audio/speech', body, async (res) => {
        const audio = new Uint8Array(await res.arrayBuffer());
        if (audio.length === 0)
          throw new UpstreamError('error', 'the speech model answered with no audio');
        return { audio, format: 'mp3', mimeType: MIME.mp3! };
      });
    },
    transcribe(audio, format) {
      const form = new FormData();
      form.append('model', options.transcribeModel);
      form.append('file', new Blob([audio], { type: `audio/${format}` }), `voice.${format}`);
      return postUpstream(options, '/audio/transcriptions', form, async (res) => {
        const text = ((await readJson(res)) as { text?: unknown })?.text;
        if (typeof text !== 'string')
          throw new UpstreamError('error', 'the transcription answer has no text');
        return text;
      });
    },
  };
}
