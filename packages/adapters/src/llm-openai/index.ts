export { createOpenAiChatModel, type OpenAiChatOptions } from './chat-model.ts';
export { createOpenAiSpeechModel, type OpenAiSpeechOptions } from './speech-model.ts';
