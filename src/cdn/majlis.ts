/** One self-contained module for CMS pages: `<script type="module" src=".../majlis.js"></script>` defines every widget. */
import '../all.js';
