import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore } from '@market/web/identity';
import { PortalBoard } from '@market/web/portal/board';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { ArrowRightOutline, AuditOutline } from '@ant-design/icons-angular/icons';
import { SECTION_ICONS } from '../section-icons';
import { CONCEPTS, CONCEPTS_TITLE, FLOW_STEPS, FLOW_TITLE, HERO, ROLE_CALLS, ROLES_TITLE } from './home-content';

@Component({
  selector: 'tm-home-page',
  imports: [RouterLink, NzButtonModule, NzIconModule, TranslocoPipe, PortalBoard],
  providers: [provideNzIconsPatch([...SECTION_ICONS, ArrowRightOutline, AuditOutline])],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.html',
  styleUrl: './home-page.css',
})
export class HomePage {
  protected readonly store = inject(AuthStore);
  protected readonly hero = HERO;
  protected readonly conceptsTitle = CONCEPTS_TITLE;
  protected readonly concepts = CONCEPTS;
  protected readonly rolesTitle = ROLES_TITLE;
  protected readonly roleCalls = ROLE_CALLS;
  protected readonly flowTitle = FLOW_TITLE;
  protected readonly flowSteps = FLOW_STEPS;
}
