// The gates on Go 1.27.4, against the machine's go (released-go.ts says what is compared).
import { describeReleasedGo } from './released-go.js';

describeReleasedGo('1.27.4');
