// Every docs page loads the elements through the autoloader, exactly as a portal would.
import '../packages/civic-viz/src/autoloader.js';
