// The gates on Go 1.22.12, against the machine's go (released-go.ts says what is compared).
import { describeReleasedGo } from './released-go.js';

describeReleasedGo('1.22.12');
