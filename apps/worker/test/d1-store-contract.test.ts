// The shared store contract, run inside workerd against the Worker's own D1 binding.
import { env } from 'cloudflare:test';
import { createD1Store } from '@fashion/adapters/d1/index.ts';
import { describeStoreContract } from '../../../packages/adapters/test/store-contract.ts';

describeStoreContract('d1 in workerd', () => createD1Store(env.DB));
