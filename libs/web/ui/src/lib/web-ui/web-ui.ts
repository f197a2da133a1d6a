import { Component } from '@angular/core';

@Component({
  selector: 'tm-web-ui',
  imports: [],
  templateUrl: './web-ui.html',
  styleUrl: './web-ui.css'
})
export class WebUi {}
