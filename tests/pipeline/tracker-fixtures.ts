// Pages' pictures for the tracking-pixel tests (extraction, Markdown, both hosts' sanitiser): a story photo that must
// stay, and pixels written the ways trackers write them.
export const PHOTO = '<figure><img src="https://news.example/p/harbour.jpg" alt="The harbour wall"><figcaption>The wall at dawn</figcaption></figure>';
export const HOSTILE = [
  '<img src="https://t.example/70c8fc80" alt="" style="position:absolute;width:1px;height:1px" referrerpolicy="no-referrer">',
  '<img src="https://t.example/c" style="WIDTH: 0PX ; height:0 !important">',
  '<img src="https://t.example/o.gif" alt="" style="position:absolute;left:-9999px">',
  '<img src="https://t.example/w" width="0" height="0" srcset="https://t.example/w2 1x">',
];
