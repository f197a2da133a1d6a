import { Component } from '@angular/core';

@Component({
  selector: 'tm-web-catalog',
  imports: [],
  templateUrl: './web-catalog.html',
  styleUrl: './web-catalog.css'
})
export class WebCatalog {}
