// The gates on Go 1.22.12 and Go 1.27.4, each against the machine's go (released-go.ts says what is compared).
import { describeReleasedGo } from './released-go.js';

describeReleasedGo(['1.22.12', '1.27.4']);
