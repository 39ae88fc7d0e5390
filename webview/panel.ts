/** Script of the Gantt and critical-path panels (one bundle; the page says which panel it is). */
import './lib/elements';
import { startPanel } from './lib/app';

startPanel();
