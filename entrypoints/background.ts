// Background: holds the fact index and answers the content scripts.
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  console.log('parallax background');
});
