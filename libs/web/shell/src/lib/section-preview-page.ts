import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ComingSoon, ComingSoonSection } from '@market/web/ui';

/** A section's page until the section is built; `section` comes from the route's data. */
@Component({
  selector: 'tm-section-preview-page',
  imports: [ComingSoon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<tm-coming-soon [section]="section()" />`,
})
export class SectionPreviewPage {
  readonly section = input.required<ComingSoonSection>();
}
