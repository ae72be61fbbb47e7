export { createOpenAiChatModel, type OpenAiChatOptions } from './chat-model.ts';
export { createOpenAiSpeechModel, type OpenAiSpeechOptions } from './speech-model.ts';
export { stylistDeps } from './from-config.ts';
