import { Component } from '@angular/core';

@Component({
  selector: 'tm-web-identity',
  imports: [],
  templateUrl: './web-identity.html',
  styleUrl: './web-identity.css'
})
export class WebIdentity {}
