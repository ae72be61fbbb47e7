// The shared store contract, run inside workerd against the Worker's own D1 binding.
import { env } from 'cloudflare:test';
import { createD1Store } from '@fashion/adapters/d1/index.ts';
import { describeStoreContract } from '../../../packages/adapters/test/store-contract.ts';
import { describeWearStoreContract } from '../../../packages/adapters/test/wear-store-contract.ts';
import { describeTripStoreContract } from '../../../packages/adapters/test/trip-store-contract.ts';

describeStoreContract('d1 in workerd', () => createD1Store(env.DB));
describeWearStoreContract('d1 in workerd', () => createD1Store(env.DB));
describeTripStoreContract('d1 in workerd', () => createD1Store(env.DB));
